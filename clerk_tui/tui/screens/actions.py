"""Outstanding actions (`a`): a paged table read from SQLite, filtered as you type.

The table never holds more than two pages (`PAGE_SIZE` rows each): moving the cursor near
either end loads the neighbouring page from the store and drops the far one, so 100,000
actions cost no more than 400. Every read and change goes through `services.actions` in a
worker; a change hands back the action as stored, shown in its row at once.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from time import monotonic
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.timer import Timer
from textual.widgets import DataTable, Header, Input, Static

from clerk_tui.core.refs import of_row
from clerk_tui.core.status import OVERDUE
from clerk_tui.services.actions import (
    ActionFilter,
    add_note,
    count_actions,
    edit_action,
    get_action,
    list_actions,
    set_status,
)
from clerk_tui.services.meetings import committees
from clerk_tui.tui.commands import bindings
from clerk_tui.tui.common import (
    Footer,
    ReloadingScreen,
    action_status,
    cell,
    flexible_width,
    iso_date,
    printable,
    row_at_cursor,
)
from clerk_tui.tui.dialogs import ConfirmDialog, PromptDialog

if TYPE_CHECKING:
    from clerk_tui.tui.app import ClerkApp

PAGE_SIZE = 100
"""Rows fetched per query; the table holds at most two pages."""
NEAR_EDGE = 20
"""Load the neighbouring page when the cursor comes this close to either end."""
FILTER_DEBOUNCE_SECONDS = 0.03
"""Wait this long after a keystroke for the next one before querying."""
COLUMNS = (
    ("ref", "Ref", 6),
    ("committee", "Committee", 12),
    ("meeting", "Meeting", 10),
    ("action", "Action", 0),  # the rest of the width: see `flexible_width`
    ("owner", "Owner", 12),
    ("due", "Due", 10),
    ("status", "Status", 11),
    ("age", "Age", 5),
)
HIDDEN_BELOW = {"meeting": 110, "age": 90, "committee": 90}
"""A column left out when the screen is narrower than this (see `visible_columns`)."""
MIN_ACTION_WIDTH = 14
STATUS_VIEWS = ("open", "all", "done", "dropped")
"""What `s` cycles through: the stored statuses shown."""


def revised_due(row: dict[str, Any]) -> str | None:
    """'2024-08-01 (revised; first due 2024-06-28)' for a re-dated action, else None."""
    if row["due"] and row["original_due"] and row["due"] != row["original_due"]:
        return f"{row['due']} (revised; first due {row['original_due']})"
    return None


def age_days(row: dict[str, Any], today: date) -> str:
    """Days since the meeting that set the action, as '123d'."""
    held = iso_date(row["meeting_date"])
    return f"{(today - held).days}d" if held else ""


def visible_columns(screen_width: int) -> tuple[tuple[str, str, int], ...]:
    """Every column on a wide screen; the meeting date, then the age and the committee (which
    the reference names) go as it narrows."""
    return tuple(c for c in COLUMNS if screen_width >= HIDDEN_BELOW.get(c[0], 0))


def sized_to_refs(
    columns: tuple[tuple[str, str, int], ...], rows: list[dict[str, Any]]
) -> tuple[tuple[str, str, int], ...]:
    """The ref column as wide as the longest ref shown, so the action text gets the rest."""
    widest = max((len(of_row(row)) for row in rows), default=0)
    return tuple((k, label, max(3, widest) if k == "ref" else w) for k, label, w in columns)


def row_cells(
    row: dict[str, Any],
    today: date,
    text_width: int = MIN_ACTION_WIDTH,
    columns: tuple[tuple[str, str, int], ...] = COLUMNS,
) -> list[Text]:
    status = action_status(row, today)
    style = "red" if status == OVERDUE else ""
    values = {
        "ref": of_row(row),
        "committee": row["committee"] or "",
        "meeting": row["meeting_date"] or "",
        "action": row["text"],
        "owner": row["person"] or row["owner"] or "",
        "due": row["due"] or row["due_text"] or "",
        "status": status,
        "age": age_days(row, today),
    }
    return [cell(values[key], width or text_width, style) for key, _, width in columns]


class ActionTable(DataTable[Text]):
    """The actions table: enter opens the highlighted action (shown in the footer)."""

    BINDINGS = bindings("actions", "ActionTable")


def filter_words(typed: str) -> str | None:
    """The words to filter by as the clerk types: a lone letter just started after other
    words waits for the next key (a one-letter prefix matches most of the log and is slow)."""
    words = typed.split()
    if len(words) > 1 and len(words[-1]) == 1 and not typed.endswith(" "):
        words.pop()
    return " ".join(words) or None


class ActionsScreen(ReloadingScreen):
    """The action log: filter, page, and update actions from the keyboard."""

    app: ClerkApp  # type: ignore[assignment]

    SCOPE = "actions"
    BINDINGS = bindings(SCOPE)

    def __init__(self) -> None:
        super().__init__()
        self.filter = ActionFilter()
        self.committee_names: list[str] = []
        self.rows: list[dict[str, Any]] = []
        self.window_start = 0
        """Offset in the filtered list of the first row in the table."""
        self.total: int | None = 0
        """How many actions match; None while counting."""
        self.generation = 0
        """Bumped on every new query, so a slow result for an old filter is dropped."""
        self.shown_generation = 0
        """The generation whose first page the table shows (benchmarks wait on it)."""
        self.loading_page = False
        self.debounce: Timer | None = None
        self.last_keystroke = 0.0

    def compose(self) -> ComposeResult:
        yield Header()
        box = Input(placeholder="filter: words in action, owner or committee", id="actions-filter")
        box.display = False
        yield box
        yield Static("", id="actions-summary", markup=False)
        table = ActionTable(id="actions-table", cursor_type="row", zebra_stripes=True)
        for key, label, _ in COLUMNS:
            table.add_column(label, key=key)
        yield table
        yield Static("", id="actions-preview", markup=False)
        yield Static(
            "No actions match. Press / to change the filter, o or c to widen it, "
            "or i to paste minutes.",
            id="actions-empty",
            classes="empty-hint",
        )
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#actions-empty").display = False
        self.query_one("#actions-table").focus()

    def on_resize(self) -> None:
        if self.rows:
            self.fill_table(self.query_one("#actions-table", DataTable).cursor_row)

    # --- loading ------------------------------------------------------------------------

    def current_filter(self) -> ActionFilter:
        return replace(self.filter, today=self.app.today)

    def reload(self, keep_ref: int | None = None) -> None:
        """Query the first page again for the current filter (a worker), keeping the cursor
        on action `keep_ref` when it is on that page."""
        self.generation += 1
        self.load_first_page(self.generation, self.current_filter(), keep_ref)

    def load_first_page(self, generation: int, flt: ActionFilter, keep_ref: int | None) -> None:
        self.app.run_service(
            self,
            "actions-load",
            list_actions,
            flt,
            limit=PAGE_SIZE,
            exclusive=True,
            done=lambda rows: self.show_first_page(generation, flt, rows, keep_ref),
        )

    def count_matches(self, generation: int, flt: ActionFilter) -> None:
        """Count what the filter matches, once its first page is on screen (counting a
        broad filter takes longer than listing its first page)."""
        if generation == self.generation:
            self.app.run_service(
                self,
                "actions-count",
                count_actions,
                flt,
                exclusive=True,
                done=lambda total: self.show_total(generation, total),
            )

    def show_first_page(
        self, generation: int, flt: ActionFilter, rows: list[dict[str, Any]], keep: int | None
    ) -> None:
        if generation != self.generation:
            return
        if len(rows) == PAGE_SIZE:
            self.call_after_refresh(self.count_matches, generation, flt)
        self.window_start = 0
        self.rows = rows
        self.total = None if len(rows) == PAGE_SIZE else len(rows)
        cursor = next((i for i, row in enumerate(rows) if row["id"] == keep), 0)
        self.fill_table(cursor)
        self.show_summary()
        self.shown_generation = generation

    def show_total(self, generation: int, total: int) -> None:
        if generation == self.generation:
            self.total = total
            self.show_summary()

    def fill_table(self, cursor_row: int) -> None:
        table = self.query_one("#actions-table", DataTable)
        columns = visible_columns(self.size.width)
        if [c[0] for c in columns] != [str(k.value) for k in table.columns]:
            table.clear(columns=True)
            for key, label, _ in columns:
                table.add_column(label, key=key)
        else:
            table.clear()
        sized = sized_to_refs(columns, self.rows)
        width = flexible_width(sized, self.size.width)
        today = self.app.today
        table.add_rows([row_cells(row, today, width, sized) for row in self.rows])
        if self.rows:
            table.move_cursor(row=min(cursor_row, len(self.rows) - 1), animate=False)
        self.query_one("#actions-empty").display = not self.rows
        self.show_preview()

    def show_summary(self) -> None:
        flt = self.filter
        parts = [
            {"open": "Open actions", "all": "All actions"}.get(flt.status, f"{flt.status} actions"),
            flt.committee or "all committees",
        ]
        if flt.overdue:
            parts.append("overdue only")
        if flt.text:
            parts.append(f"filter “{flt.text}”")
        total = "…" if self.total is None else f"{self.total:,}"
        shown = (
            f"{self.window_start + 1:,}–{self.window_start + len(self.rows):,} of {total}"
            if self.rows
            else "none"
        )
        parts.append(shown)
        self.query_one("#actions-summary", Static).update(printable(" · ".join(parts)))

    def show_preview(self) -> None:
        """The highlighted action in full, with its latest update note."""
        row = self.selected_row()
        preview = Text()
        if row is not None:
            preview.append(f"{row['id']}  ", style="bold")
            preview.append(printable(row["text"]))
            revised = revised_due(row)
            due = f"due {revised}" if revised else row["due_text"] or ""
            details = [row["person"] or row["owner"] or "no owner", due]
            if row["latest_note"]:
                details.append(f"latest: {row['latest_note']}")
            preview.append("  " + printable(" · ".join(d for d in details if d)), style="dim")
        self.query_one("#actions-preview", Static).update(preview)

    @on(DataTable.RowHighlighted, "#actions-table")
    def _near_edge(self) -> None:
        """Load the neighbouring page when the cursor (where it is now: highlight events
        from refilling the table arrive late) comes near either end."""
        self.show_preview()
        if self.loading_page or not self.rows:
            return
        cursor = self.query_one("#actions-table", DataTable).cursor_row
        end = self.window_start + len(self.rows)
        if cursor >= len(self.rows) - NEAR_EDGE and end < (self.total or 0):
            self.load_page(self.generation, self.current_filter(), end, forward=True)
        elif cursor < NEAR_EDGE and self.window_start > 0:
            offset = max(0, self.window_start - PAGE_SIZE)
            self.load_page(self.generation, self.current_filter(), offset, forward=False)

    def load_page(self, generation: int, flt: ActionFilter, offset: int, *, forward: bool) -> None:
        def failed(error: Exception) -> None:
            self.app.tell_failure(error)
            self.add_page(generation, offset, [], forward)

        self.loading_page = True
        self.app.run_service(
            self,
            "actions-page",
            list_actions,
            flt,
            limit=PAGE_SIZE,
            offset=offset,
            exclusive=True,
            done=lambda rows: self.add_page(generation, offset, rows, forward),
            failed=failed,
        )

    def add_page(
        self, generation: int, offset: int, rows: list[dict[str, Any]], forward: bool
    ) -> None:
        """Put a neighbouring page in the table, dropping the far page beyond two."""
        self.loading_page = False
        if generation != self.generation or not rows:
            return
        table = self.query_one("#actions-table", DataTable)
        ref = self.selected_id()
        if forward:
            self.rows = self.rows + rows
            if len(self.rows) > 2 * PAGE_SIZE:
                dropped = len(self.rows) - 2 * PAGE_SIZE
                self.rows = self.rows[dropped:]
                self.window_start += dropped
        else:
            keep = self.rows[: 2 * PAGE_SIZE - len(rows)]
            self.rows = rows + keep
            self.window_start = offset
        cursor = next((i for i, row in enumerate(self.rows) if row["id"] == ref), 0)
        scroll = table.scroll_y - table.cursor_row + cursor
        self.fill_table(cursor)
        table.scroll_to(y=max(0, scroll), animate=False, immediate=True)
        self.show_summary()

    # --- filtering ----------------------------------------------------------------------

    def action_filter(self) -> None:
        box = self.query_one("#actions-filter", Input)
        box.display = True
        box.focus()

    def action_leave_filter(self) -> None:
        box = self.query_one("#actions-filter", Input)
        if not box.value:
            box.display = False
        self.query_one("#actions-table").focus()

    def action_clear_filter(self) -> None:
        """Escape: drop the typed words (enter keeps them) and go back to the table."""
        box = self.query_one("#actions-filter", Input)
        box.value = ""
        self.apply_text(None)
        self.action_leave_filter()

    @on(Input.Changed, "#actions-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        """Filter at once on a key after a pause; wait for a quick run of keys to end."""
        if self.debounce is not None:
            self.debounce.stop()
        text = filter_words(event.value)
        now = monotonic()
        quick = now - self.last_keystroke < FILTER_DEBOUNCE_SECONDS
        self.last_keystroke = now
        if quick:
            self.debounce = self.set_timer(FILTER_DEBOUNCE_SECONDS, lambda: self.apply_text(text))
        else:
            self.apply_text(text)

    def apply_text(self, text: str | None) -> None:
        if text != self.filter.text:
            self.filter = replace(self.filter, text=text)
            self.reload()

    @on(Input.Submitted, "#actions-filter")
    def _filter_submitted(self) -> None:
        self.action_leave_filter()

    def action_toggle_overdue(self) -> None:
        self.filter = replace(self.filter, overdue=not self.filter.overdue)
        self.reload()

    def action_cycle_committee(self) -> None:
        """All committees, then each in turn, then all again."""
        self.app.run_service(self, "actions-committees", committees, done=self.next_committee)

    def next_committee(self, committee_names: list[str]) -> None:
        names: list[str | None] = [None, *committee_names]
        current = self.filter.committee
        position = names.index(current) if current in names else 0
        self.filter = replace(self.filter, committee=names[(position + 1) % len(names)])
        self.reload()

    def action_cycle_status(self) -> None:
        position = (
            STATUS_VIEWS.index(self.filter.status) if self.filter.status in STATUS_VIEWS else 0
        )
        self.filter = replace(self.filter, status=STATUS_VIEWS[(position + 1) % len(STATUS_VIEWS)])
        self.reload()

    # --- changes ------------------------------------------------------------------------

    def selected_row(self) -> dict[str, Any] | None:
        return row_at_cursor(self.query_one("#actions-table", DataTable), self.rows)

    def selected_id(self) -> int | None:
        row = self.selected_row()
        return int(row["id"]) if row else None

    def selected_or_tell(self) -> dict[str, Any] | None:
        row = self.selected_row()
        if row is None:
            self.app.tell("No action is highlighted.", severity="warning")
        return row

    def change(self, action_id: int, message: str, edit: Any, *args: Any, **kwargs: Any) -> None:
        """Run one change of the action (a `services.actions` function) in a worker, then
        show its new state in place and tell the clerk `message`."""

        def changed(fresh: dict[str, Any]) -> None:
            self.refresh_row(fresh)
            self.app.tell(message)

        self.app.run_service(self, "actions-edit", edit, action_id, *args, done=changed, **kwargs)

    def refresh_row(self, fresh: dict[str, Any]) -> None:
        """Show an edited action's stored values in its row (it stays until the next reload,
        so the clerk sees what changed even when it no longer matches the filter)."""
        action_id = fresh["id"]
        table = self.query_one("#actions-table", DataTable)
        for index, row in enumerate(self.rows):
            if row["id"] == action_id:
                self.rows[index] = fresh
                row_key = table.coordinate_to_cell_key((index, 0)).row_key
                columns = sized_to_refs(visible_columns(self.size.width), self.rows)
                width = flexible_width(columns, self.size.width)
                cells = row_cells(fresh, self.app.today, width, columns)
                for (key, _, _), value in zip(columns, cells, strict=True):
                    table.update_cell(row_key, key, value)
        self.show_preview()

    def action_done(self) -> None:
        row = self.selected_or_tell()
        if row is not None:
            self.change(row["id"], f"Action {of_row(row)} marked done.", set_status, "done")

    def action_drop(self) -> None:
        row = self.selected_or_tell()
        if row is None:
            return
        action_id, name = row["id"], of_row(row)

        def answered(drop: bool | None) -> None:
            if drop:
                self.change(action_id, f"Action {name} dropped.", set_status, "dropped")

        self.ask(ConfirmDialog(f"Drop action {name}: {printable(row['text'])}?"), answered)

    def action_note(self) -> None:
        row = self.selected_or_tell()
        if row is None:
            return
        action_id, name = row["id"], of_row(row)

        def answered(note: str | None) -> None:
            if note is not None and note.strip():
                self.change(action_id, f"Note added to action {name}.", add_note, note)

        self.ask(
            PromptDialog(
                f"Update note for action {name}",
                placeholder="e.g. draft circulated 3 May",
            ),
            answered,
        )

    def action_edit(self) -> None:
        """Prompt for the owner (the directory's names offered), then the due date; change
        both only when both are readable."""
        from clerk_tui.services.people import list_people  # the matcher: not at start-up

        row = self.selected_or_tell()
        if row is not None:
            self.app.run_service(
                self, "actions-people", list_people, done=lambda people: self.edit(row, people)
            )

    def edit(self, row: dict[str, Any], people: list[dict[str, Any]]) -> None:
        name = of_row(row)
        current_owner = row["person"] or row["owner"] or ""
        person_ids = {str(p["name"]).lower(): int(p["id"]) for p in people if p.get("name")}
        names = sorted({str(p["name"]) for p in people if p.get("name")})

        def got_owner(owner: str | None) -> None:
            if owner is None:
                return

            def got_due(due_text: str | None) -> None:
                if due_text is not None:
                    self.apply_edit(row, owner.strip(), due_text.strip(), person_ids)

            self.ask(
                PromptDialog(
                    f"Due date for action {name} (e.g. 28 June, next Friday, 2025-07-01)",
                    value=row["due"] or "",
                    placeholder="empty keeps no due date",
                ),
                got_due,
            )

        self.ask(
            PromptDialog(
                f"Owner of action {name}",
                value=current_owner,
                suggestions=names,
                placeholder="a name from the directory, or as written",
            ),
            got_owner,
        )

    def apply_edit(
        self, row: dict[str, Any], owner: str, due_text: str, person_ids: dict[str, int]
    ) -> None:
        action_id = row["id"]
        new_due: date | None = None
        if due_text:
            from clerk_tui.core.due_input import read_due_date  # date rules: not at start-up

            new_due = read_due_date(due_text, self.app.today)
            if new_due is None:
                self.app.tell(
                    f"Could not read the date “{due_text}”; action {of_row(row)} was not changed.",
                    severity="warning",
                )
                return
        changed, edits = [], {}
        if owner and owner != (row["person"] or row["owner"] or ""):
            edits["owner"] = (owner, person_ids.get(owner.lower()))
            changed.append(f"owner {owner}")
        new_iso = new_due.isoformat() if new_due else None
        if new_iso != row["due"]:
            edits["due"] = (new_due, due_text if new_due else None)
            changed.append(f"due {new_iso or 'none'}")
        if changed:
            message = f"Action {of_row(row)}: {', '.join(changed)}."
            self.change(action_id, message, edit_action, **edits)

    @on(DataTable.RowSelected, "#actions-table")
    def _row_selected(self) -> None:
        self.action_detail()

    def action_detail(self) -> None:
        row = self.selected_or_tell()
        if row is not None:
            self.ask(ActionDetailScreen(row["id"]))

    def action_pause(self) -> None:
        """Paused (on hold) actions open again; any other open action is paused."""
        row = self.selected_or_tell()
        if row is None:
            return
        if row["status"] == "paused":
            self.change(row["id"], f"Action {of_row(row)} resumed.", set_status, "open")
        else:
            self.change(row["id"], f"Action {of_row(row)} paused.", set_status, "paused")

    def committee_in_view(self) -> str | None:
        """The committee the clerk is looking at: the filter's, else the highlighted row's."""
        row = self.selected_row()
        return self.filter.committee or (row["committee"] if row else None)

    def action_chase(self) -> None:
        self.app.action_chase(self.committee_in_view())

    def action_export(self) -> None:
        self.app.action_export(self.committee_in_view())


class ActionDetailScreen(ModalScreen[None]):
    """One action: what, who, when, its history of changes and the passage of the minutes."""

    app: ClerkApp  # type: ignore[assignment]

    BINDINGS = [Binding("escape", "close", "Back", id="action_detail.back")]

    def __init__(self, action_id: int) -> None:
        super().__init__()
        self.action_id = action_id

    def compose(self) -> ComposeResult:
        with Vertical(id="action-detail", classes="dialog"):
            yield Static("", id="detail-heading", markup=False)
            with VerticalScroll():
                yield Static("History", classes="section-title")
                yield Static("", id="detail-history", markup=False)
                yield Static("From the minutes", classes="section-title")
                yield Static("", id="detail-source", markup=False)
            yield Static("escape to go back", classes="dialog-hint")
        yield Footer()

    def on_mount(self) -> None:
        def failed(error: Exception) -> None:
            self.app.tell_failure(error)
            self.dismiss()

        self.app.run_service(
            self, "action-detail", get_action, self.action_id, done=self.show, failed=failed
        )

    def show(self, action: dict[str, Any]) -> None:
        status = action_status(action, self.app.today)
        heading = Text(f"Action {of_row(action)}  ", style="bold")
        heading.append(printable(action["text"]))
        heading.append(
            "\n"
            + printable(
                " · ".join(
                    part
                    for part in (
                        action["committee"],
                        f"meeting {action['meeting_date'] or 'undated'}",
                        owners_text(action),
                        "due "
                        + (revised_due(action) or action["due"] or action["due_text"] or "none"),
                    )
                    if part
                )
            ),
            style="dim",
        )
        heading.append(f"\nStatus: {status}", style="red bold" if status == OVERDUE else "bold")
        self.query_one("#detail-heading", Static).update(heading)
        self.query_one("#detail-history", Static).update(history_text(action["events"]))
        source = action["source"] or "(no passage recorded)"
        self.query_one("#detail-source", Static).update(Text(printable(source)))

    def action_close(self) -> None:
        self.dismiss()


def owners_text(action: dict[str, Any]) -> str:
    """'owner Dr Priya Natarajan', or 'owners Carole Burgoyne, Ross Jago' for a shared one."""
    names = [o["person"] or o["owner"] for o in action["owners"]]
    if len(names) > 1:
        return "owners " + ", ".join(names)
    return f"owner {action['person'] or action['owner'] or 'none'}"


def history_text(events: list[dict[str, Any]]) -> Text:
    """One line per change: when, what, from and to, and any note."""
    text = Text()
    for event in events:
        when = str(event["at"]).replace("T", " ").rstrip("Z")[:16]
        if event["field"] == "created":
            line = "created from the minutes"
        elif event["field"] == "note":
            line = "note"
        else:
            line = f"{event['field']}: {event['old_value'] or '—'} → {event['new_value'] or '—'}"
        if event["note"]:
            line += f" — {event['note']}"
        text.append(f"{when}  ", style="dim")
        text.append(printable(line) + "\n")
    return text
