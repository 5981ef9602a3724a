"""Follow-ups (`f`): the forward plan. What must come back to which committee and when,
grouped by month (undated last); mark scheduled or done (`services.follow_ups`)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.widgets import DataTable, Header, Static

from clerk_tui.services.follow_ups import list_follow_ups, set_follow_up_status
from clerk_tui.services.meetings import committees
from clerk_tui.tui.commands import bindings
from clerk_tui.tui.common import (
    Footer,
    ReloadingScreen,
    cell,
    flexible_width,
    iso_date,
    printable,
    row_at_cursor,
)

if TYPE_CHECKING:
    from clerk_tui.tui.app import ClerkApp

UNDATED = "No date given"
VIEWS = ("pending", "all")
COLUMNS = (
    ("when", "When", 16),
    ("committee", "Comes back to", 20),
    ("what", "What", 0),  # the rest of the width
    ("from", "From", 10),
    ("status", "Status", 19),
)


def month_heading(due: str | None) -> str:
    """'September 2024' for a due date, UNDATED for none."""
    day = iso_date(due)
    return day.strftime("%B %Y") if day else UNDATED


def is_overdue(row: dict[str, Any], today: date) -> bool:
    due = iso_date(row["due"])
    return row["status"] in ("open", "scheduled") and due is not None and due < today


def status_words(row: dict[str, Any], today: date) -> str:
    """'Scheduled', or 'Open · overdue' (colour and words both say it)."""
    words = str(row["status"]).capitalize()
    return f"{words} · overdue" if is_overdue(row, today) else words


class FollowUpsScreen(ReloadingScreen):
    """Follow-ups by month; `s` scheduled, `d` done (again to reopen)."""

    app: ClerkApp  # type: ignore[assignment]

    SCOPE = "follow_ups"
    BINDINGS = bindings(SCOPE)

    def __init__(self) -> None:
        super().__init__()
        self.committee: str | None = None
        self.view = "pending"
        self.rows: list[dict[str, Any] | None] = []
        """One entry per table row: the follow-up, or None for a month heading."""

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="follow-ups-summary", markup=False)
        table: DataTable[Text] = DataTable(id="follow-ups-table", cursor_type="row")
        for key, label, _ in COLUMNS:
            table.add_column(label, key=key)
        yield table
        yield Static("", id="follow-ups-preview", markup=False)
        yield Static(
            "Nothing is due to come back. Follow-ups appear when minutes say a matter "
            "will return to a committee.",
            id="follow-ups-empty",
            classes="empty-hint",
        )
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#follow-ups-table").focus()

    def on_resize(self) -> None:
        self.reload()

    def reload(self) -> None:
        self.app.run_service(
            self,
            "follow-ups-load",
            list_follow_ups,
            self.committee,
            self.view,
            exclusive=True,
            done=self.show_rows,
        )

    def show_rows(self, found: list[dict[str, Any]]) -> None:
        table = self.query_one("#follow-ups-table", DataTable)
        keep = self.selected()
        table.clear()
        self.rows = []
        heading = None
        today = self.app.today
        width = flexible_width(COLUMNS, self.size.width)
        for row in found:
            month = month_heading(row["due"])
            if month != heading:
                heading = month
                table.add_row(Text(month, style="bold"), *[Text("")] * (len(COLUMNS) - 1))
                self.rows.append(None)
            table.add_row(*self.row_cells(row, today, width))
            self.rows.append(row)
        self.query_one("#follow-ups-empty").display = not found
        target = next(
            (i for i, r in enumerate(self.rows) if r and keep and r["id"] == keep["id"]),
            1 if found else 0,
        )
        if found:
            table.move_cursor(row=target, animate=False)
        table.focus()
        parts = [
            "Pending follow-ups" if self.view == "pending" else "All follow-ups",
            self.committee or "all committees",
            f"{len(found)} shown",
        ]
        self.query_one("#follow-ups-summary", Static).update(printable(" · ".join(parts)))
        self.show_preview()

    @staticmethod
    def row_cells(row: dict[str, Any], today: date, what_width: int) -> list[Text]:
        style = "red" if is_overdue(row, today) else ""
        when = row["when_text"] or row["due"] or "no date"
        values = {
            "when": when,
            "committee": row["committee"] or "",
            "what": row["text"],
            "from": row["meeting_date"] or "",
            "status": status_words(row, today),
        }
        return [cell(values[key], width or what_width, style) for key, _, width in COLUMNS]

    def selected(self) -> dict[str, Any] | None:
        return row_at_cursor(self.query_one("#follow-ups-table", DataTable), self.rows)

    @on(DataTable.RowHighlighted, "#follow-ups-table")
    def show_preview(self) -> None:
        """The highlighted follow-up in full: what, where it comes back, when, where from."""
        row = self.selected()
        text = Text()
        if row is not None:
            text.append(printable(row["text"]))
            where = [
                f"to {row['committee']}" if row["committee"] else "",
                row["when_text"] or row["due"] or "",
                f"from the meeting of {row['meeting_date']}" if row["meeting_date"] else "",
                f"item {row['item']}" if row["item"] else "",
            ]
            text.append("\n" + printable(" · ".join(w for w in where if w)), style="dim")
        self.query_one("#follow-ups-preview", Static).update(text)

    def action_mark(self, status: str) -> None:
        """Set the highlighted follow-up to `status`; pressing the same key again reopens it."""
        row = self.selected()
        if row is None:
            self.app.tell("Move to a follow-up first.", severity="warning")
            return
        new = "open" if row["status"] == status else status
        self.app.run_service(
            self,
            "follow-ups-edit",
            set_follow_up_status,
            row["id"],
            new,
            done=lambda _: self.marked(row, new),
        )

    def marked(self, row: dict[str, Any], new: str) -> None:
        """Show the follow-up's new status in its row (wherever the cursor went meanwhile)."""
        row["status"] = new
        if row in self.rows:
            table = self.query_one("#follow-ups-table", DataTable)
            row_key = table.coordinate_to_cell_key((self.rows.index(row), 0)).row_key
            cells = self.row_cells(row, self.app.today, flexible_width(COLUMNS, self.size.width))
            for (key, _, _), value in zip(COLUMNS, cells, strict=True):
                table.update_cell(row_key, key, value)
        verb = {"scheduled": "scheduled", "done": "done", "open": "reopened"}[new]
        self.app.tell(f"Follow-up {row['id']} marked {verb}.")

    def action_cycle_committee(self) -> None:
        self.app.run_service(self, "follow-ups-committees", committees, done=self.next_committee)

    def next_committee(self, committee_names: list[str]) -> None:
        names: list[str | None] = [None, *committee_names]
        position = names.index(self.committee) if self.committee in names else 0
        self.committee = names[(position + 1) % len(names)]
        self.reload()

    def action_cycle_view(self) -> None:
        self.view = VIEWS[(VIEWS.index(self.view) + 1) % len(VIEWS)]
        self.reload()
