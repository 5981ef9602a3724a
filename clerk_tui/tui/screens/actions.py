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

from clerk_tui.core.columns import fit_widths
from clerk_tui.core.refs import of_row
from clerk_tui.core.status import OVERDUE, day_label
from clerk_tui.services.actions import (
    ActionFilter,
    add_note,
    count_actions,
    edit_action,
    get_action,
    page_of_actions,
    set_status,
)
from clerk_tui.services.meetings import committees
from clerk_tui.tui.commands import bindings
from clerk_tui.tui.common import (
    Footer,
    ReloadingScreen,
    RowTable,
    action_status,
    cell,
    committee_short,
    iso_date,
    kept_cursor,
    printable,
    row_at_cursor,
)
from clerk_tui.tui.dialogs import ConfirmDialog, PromptDialog

if TYPE_CHECKING:
    from clerk_tui.tui.action_edit import ActionEdit
    from clerk_tui.tui.app import ClerkApp

PAGE_SIZE = 100
"""Rows fetched per query; the table holds at most two pages."""
NEAR_EDGE = 20
"""Load the neighbouring page when the cursor comes this close to either end."""
FILTER_DEBOUNCE_SECONDS = 0.03
"""Wait this long after a keystroke for the next one before querying."""
COLUMNS = {
    "ref": "Ref",
    "committee": "Committee",
    "meeting": "Meeting",
    "action": "Action",
    "owner": "Owner",
    "due": "Due",
    "status": "Status",
    "age": "Age",
}
"""The columns in the order shown; which are shown, and how wide, is `column_widths`'s."""
SHORT_COMMITTEE = "Cttee"
"""The committee column's heading when it holds short names."""
STATUS_VIEWS = ("open", "all", "done", "dropped")
"""What `s` cycles through: the stored statuses shown."""
SCROLLBAR = 2


def revised_due(row: dict[str, Any]) -> str | None:
    """'Thu 1 Aug 2024 (revised; first due Fri 28 Jun 2024)' for a re-dated action."""
    due, first = iso_date(row["due"]), iso_date(row["original_due"])
    if due and first and due != first:
        return f"{day_label(due)} (revised; first due {day_label(first)})"
    return None


def due_words(row: dict[str, Any]) -> list[str]:
    """'due Fri 28 Jun 2024' (or its revision), or 'no due date'; then the minutes' words
    for it, as such ('minutes: “by the end of June”')."""
    due = iso_date(row["due"])
    words = [f"due {revised_due(row) or day_label(due)}" if due else "no due date"]
    if row["due_text"]:
        words.append(f"minutes: “{row['due_text']}”")
    return words


def age_days(row: dict[str, Any], today: date) -> str:
    """Days since the meeting that set the action, as '123d'."""
    held = iso_date(row["meeting_date"])
    return f"{(today - held).days}d" if held else ""


def values_of(row: dict[str, Any], today: date) -> dict[str, str]:
    """What each column says of an action (the committee in full: see `row_cells`)."""
    return {
        "ref": of_row(row),
        "committee": row["committee"] or "",
        "meeting": row["meeting_date"] or "",
        "action": row["text"],
        "owner": row["person"] or row["owner"] or "",
        "due": row["due"] or row["due_text"] or "",
        "status": action_status(row, today),
        "age": age_days(row, today),
    }


def column_widths(rows: list[dict[str, Any]], today: date, screen_width: int) -> dict[str, int]:
    """The columns to show and their widths, by priority (`core.columns.fit_widths`): the
    reference, then the action, owner, due date and status, then more of the action and the
    owner, the committee's short name, a due phrase in full, the meeting date, more of the
    action, the committee's full name and the age; the action takes what is left. A column is
    as wide as its longest value at most, so short ones leave their room to the action."""
    values = [values_of(row, today) for row in rows]

    def widest(key: str, most: int = 1000) -> int:
        longest = max((len(printable(v[key])) for v in values), default=0)
        return min(most, max(len(COLUMNS[key]), longest))

    short = max([len(SHORT_COMMITTEE), *(len(committee_short(row)) for row in rows)])
    return fit_widths(
        [
            ("ref", widest("ref")),
            ("action", 24),
            ("owner", widest("owner", 12)),
            ("due", widest("due", 10)),
            ("status", widest("status")),
            ("action", 36),
            ("owner", widest("owner", 20)),
            ("action", 48),
            ("committee", short),
            ("due", widest("due", 22)),
            ("meeting", widest("meeting")),
            ("action", 64),
            ("committee", widest("committee", 40)),
            ("age", widest("age")),
        ],
        screen_width - SCROLLBAR,
        flexible="action",
    )


def short_committees(rows: list[dict[str, Any]], widths: dict[str, int]) -> bool:
    """Whether the committee column shows short names: some full name does not fit it."""
    longest = max((len(row["committee"] or "") for row in rows), default=0)
    return "committee" in widths and longest > widths["committee"]


def row_cells(
    row: dict[str, Any], today: date, widths: dict[str, int], short: bool = False
) -> list[Text]:
    """The cells of the columns in `widths`; committees by their `short` names, a due phrase
    (no date read from it) in italics."""
    values = values_of(row, today)
    if short:
        values["committee"] = committee_short(row)
    style = "red" if values["status"] == OVERDUE else ""
    cells = []
    for key in COLUMNS:
        if key in widths:
            italic = " italic" if key == "due" and not row["due"] else ""
            cells.append(cell(values[key], widths[key], style + italic))
    return cells


class ActionTable(RowTable):
    """The actions table: enter opens the highlighted action (shown in the footer); Home and
    End go to the first and last action of the whole list, not only of the pages loaded."""

    BINDINGS = bindings("actions", "ActionTable")

    def action_first_row(self) -> None:
        self.screen.first_action()  # type: ignore[attr-defined]

    def action_last_row(self) -> None:
        self.screen.last_action()  # type: ignore[attr-defined]


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
    AUTO_FOCUS = "#actions-table"
    """The table from the start (else Textual focuses the hidden filter box first, and the
    footer is built for its keys, then again for the table's)."""

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
        self.widths: dict[str, int] = {}
        """The columns shown and their widths (`column_widths`)."""
        self.short = False
        """The committee column holds short names."""
        self.debounce: Timer | None = None
        self.last_keystroke = 0.0

    def compose(self) -> ComposeResult:
        yield Header()
        box = Input(placeholder="filter: words in action, owner or committee", id="actions-filter")
        box.display = False
        yield box
        yield Static("", id="actions-summary", markup=False)
        yield ActionTable(id="actions-table", cursor_type="row", zebra_stripes=True)
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

    def on_resize(self) -> None:
        if self.rows:
            self.fill_table(self.query_one("#actions-table", DataTable).cursor_row)

    # --- loading ------------------------------------------------------------------------

    def current_filter(self) -> ActionFilter:
        return replace(self.filter, today=self.app.today)

    def reload(self) -> None:
        """Read the rows shown again (coming back to the screen, after a change made
        elsewhere): the same window of the list, the cursor on the same action, or on its
        neighbour when it has left the view (done, re-dated out of the overdue filter)."""
        ids = [row["id"] for row in self.rows]
        cursor = self.query_one("#actions-table", DataTable).cursor_row if ids else 0
        limit = max(PAGE_SIZE, len(self.rows))
        self.query_rows(self.window_start, limit, (ids, cursor), tell_if_gone=True)

    def requery(self) -> None:
        """The filter changed: its first page, the cursor staying on the action it was on
        when that one still matches, else on the first."""
        selected = self.selected_id()
        self.query_rows(0, PAGE_SIZE, ([selected], 0) if selected is not None else None)

    def query_rows(
        self,
        offset: int,
        limit: int,
        keep: tuple[list[int], int] | None,
        *,
        last: bool = False,
        tell_if_gone: bool = False,
    ) -> None:
        """Read `limit` actions from `offset` (a worker; the last page when `last`) and show
        them with the cursor on `keep` (ids in the old order and the old cursor index, see
        `kept_cursor`), else on the first row (the last with `last`). With `tell_if_gone`,
        the clerk is told when the action under the cursor has left the view."""
        self.generation += 1
        generation, flt = self.generation, self.current_filter()

        def show(page: tuple[int, list[dict[str, Any]]]) -> None:
            if generation != self.generation:
                return
            start, rows = page
            if not rows and start > 0:  # the window has emptied: start again at the top
                self.query_rows(0, PAGE_SIZE, keep)
                return
            gone = self.selected_row() if tell_if_gone else None
            self.show_window(generation, flt, start, rows, limit, keep, last)
            if gone is not None and self.selected_id() != gone["id"]:
                self.say_left_view(gone)

        self.app.run_service(
            self,
            "actions-load",
            page_of_actions,
            flt,
            offset,
            limit,
            last=last,
            exclusive=True,
            done=show,
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

    def show_window(
        self,
        generation: int,
        flt: ActionFilter,
        offset: int,
        rows: list[dict[str, Any]],
        limit: int,
        keep: tuple[list[int], int] | None,
        last: bool,
    ) -> None:
        complete = offset == 0 and len(rows) < limit
        if not complete:
            self.call_after_refresh(self.count_matches, generation, flt)
        self.window_start = offset
        self.rows = rows
        self.total = len(rows) if complete else None
        cursor = kept_cursor(*keep, [row["id"] for row in rows]) if keep else None
        if cursor is None:
            cursor = len(rows) - 1 if last else 0
        self.fill_table(cursor)
        self.show_summary()
        self.shown_generation = generation

    def say_left_view(self, gone: dict[str, Any]) -> None:
        """Tell the clerk the action they were on is no longer listed, and where the cursor
        went, so the next key is not pressed on another action unawares."""
        now = self.selected_row()
        where = f"the cursor is on {of_row(now)}" if now else "no action is left in it"
        status = action_status(gone, self.app.today)
        self.app.tell(f"{of_row(gone)} ({status}) has left this list; {where}.")

    def show_total(self, generation: int, total: int) -> None:
        if generation == self.generation:
            self.total = total
            self.show_summary()

    def fill_table(self, cursor_row: int) -> None:
        table = self.query_one("#actions-table", DataTable)
        today = self.app.today
        self.widths = column_widths(self.rows, today, self.size.width)
        shown = [key for key in COLUMNS if key in self.widths]
        self.short = short_committees(self.rows, self.widths)
        labels = [SHORT_COMMITTEE if k == "committee" and self.short else COLUMNS[k] for k in shown]
        if labels != [str(c.label) for c in table.columns.values()]:
            table.clear(columns=True)
            for key, label in zip(shown, labels, strict=True):
                table.add_column(label, key=key)
        else:
            table.clear()
        table.add_rows([row_cells(row, today, self.widths, self.short) for row in self.rows])
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
        """The highlighted action in full: what, whose, when (the date, and the minutes'
        words for it), and its latest update note."""
        row = self.selected_row()
        preview = Text()
        if row is not None:
            preview.append(f"{of_row(row)}  ", style="bold")
            preview.append(printable(row["text"]))
            details = [
                row["committee"] or "",
                row["person"] or row["owner"] or "no owner",
                *due_words(row),
            ]
            if row["latest_note"]:
                details.append(f"latest: {row['latest_note']}")
            preview.append("\n" + printable(" · ".join(d for d in details if d)), style="dim")
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
            page_of_actions,
            flt,
            offset,
            PAGE_SIZE,
            exclusive=True,
            done=lambda page: self.add_page(generation, offset, page[1], forward),
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

    def first_action(self) -> None:
        if self.window_start == 0:
            self.query_one(ActionTable).move_cursor(row=0, animate=False)
        else:
            self.query_rows(0, PAGE_SIZE, None)

    def last_action(self) -> None:
        if self.total is not None and self.window_start + len(self.rows) >= self.total:
            self.query_one(ActionTable).move_cursor(row=len(self.rows) - 1, animate=False)
        else:
            self.query_rows(0, PAGE_SIZE, None, last=True)

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
            self.requery()

    @on(Input.Submitted, "#actions-filter")
    def _filter_submitted(self) -> None:
        self.action_leave_filter()

    def action_toggle_overdue(self) -> None:
        self.filter = replace(self.filter, overdue=not self.filter.overdue)
        self.requery()

    def action_cycle_committee(self) -> None:
        """All committees, then each in turn, then all again."""
        self.app.run_service(self, "actions-committees", committees, done=self.next_committee)

    def next_committee(self, committee_names: list[str]) -> None:
        names: list[str | None] = [None, *committee_names]
        current = self.filter.committee
        position = names.index(current) if current in names else 0
        self.filter = replace(self.filter, committee=names[(position + 1) % len(names)])
        self.requery()

    def action_cycle_status(self) -> None:
        position = (
            STATUS_VIEWS.index(self.filter.status) if self.filter.status in STATUS_VIEWS else 0
        )
        self.filter = replace(self.filter, status=STATUS_VIEWS[(position + 1) % len(STATUS_VIEWS)])
        self.requery()

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
        table = self.query_one("#actions-table", DataTable)
        index = next((i for i, row in enumerate(self.rows) if row["id"] == fresh["id"]), None)
        if index is None:
            return
        self.rows[index] = fresh
        if column_widths(self.rows, self.app.today, self.size.width) != self.widths:
            self.fill_table(table.cursor_row)  # a wider status or owner: columns fitted again
            return
        row_key = table.coordinate_to_cell_key((index, 0)).row_key
        cells = row_cells(fresh, self.app.today, self.widths, self.short)
        for key, value in zip([k for k in COLUMNS if k in self.widths], cells, strict=True):
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
        """The owner and due date of the highlighted action, in one dialog (the directory's
        names offered, the due date read as it is typed)."""
        from clerk_tui.services.people import list_people  # the matcher: not at start-up

        row = self.selected_or_tell()
        if row is not None:
            self.app.run_service(
                self, "actions-people", list_people, done=lambda people: self.edit(row, people)
            )

    def edit(self, row: dict[str, Any], people: list[dict[str, Any]]) -> None:
        person_ids = {str(p["name"]).lower(): int(p["id"]) for p in people if p.get("name")}
        names = sorted({str(p["name"]) for p in people if p.get("name")})

        def answered(edit: ActionEdit | None) -> None:
            if edit is not None:
                self.apply_edit(row, edit, person_ids)

        from clerk_tui.tui.action_edit import EditActionDialog  # date rules: not at start-up

        self.ask(EditActionDialog(row, names, self.app.today), answered)

    def apply_edit(self, row: dict[str, Any], edit: ActionEdit, person_ids: dict[str, int]) -> None:
        changed, edits = [], {}
        if edit.owner and edit.owner != (row["person"] or row["owner"] or ""):
            edits["owner"] = (edit.owner, person_ids.get(edit.owner.lower()))
            changed.append(f"owner {edit.owner}")
        new_iso = edit.due.isoformat() if edit.due else None
        if new_iso != row["due"]:
            edits["due"] = (edit.due, None)  # the date only: the minutes' words stay as said
            changed.append(f"due {day_label(edit.due)}" if edit.due else "no due date")
        if changed:
            message = f"{of_row(row)}: {', '.join(changed)}."
            self.change(row["id"], message, edit_action, **edits)

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
                        item_text(action),
                        owners_text(action),
                        *due_words(action),
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


def item_text(action: dict[str, Any]) -> str:
    """'item 2 Dog bins on the green': the agenda item the action was minuted under, so that
    "Chase again." says what it is about; '' when it was under none."""
    words = dict.fromkeys(part for part in (action["item"], action["item_title"]) if part)
    return "item " + " ".join(words) if words else ""


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
